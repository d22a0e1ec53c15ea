using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Web.Localization;

namespace Training.Web.Pages;

/// <summary>What users see for an error or an error status: what happened and what to do, never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
internal sealed partial class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code) => Handle(code);

    public void OnPost(int? code) => Handle(code);

    public string Title(Ui ui) => Code switch
    {
        404 => ui.T("Page introuvable", "Page not found"),
        403 => ui.T("Accès refusé", "Access denied"),
        400 => ui.T("Requête invalide", "Bad request"),
        429 => ui.T("Trop de tentatives", "Too many attempts"),
        _ => ui.T("Une erreur est survenue", "Something went wrong"),
    };

    public string Explanation(Ui ui) => Code switch
    {
        404 => ui.T("Cette page n'existe pas, ou plus. Vérifiez l'adresse.", "This page does not exist, or no longer does. Check the address."),
        403 => ui.T("Votre compte ne donne pas accès à cette page.", "Your account does not give access to this page."),
        400 => ui.T("La requête n'a pas pu être traitée. Rechargez la page et recommencez.", "The request could not be processed. Reload the page and try again."),
        429 => ui.T("Trop de tentatives en peu de temps. Patientez quelques minutes puis recommencez.", "Too many attempts in a short time. Wait a few minutes, then try again."),
        _ => ui.T("Rien n'a été perdu de ce qui était déjà enregistré. Réessayez ; si le problème persiste, prévenez votre coordinateur.", "Nothing already recorded was lost. Try again; if the problem persists, tell your coordinator."),
    };

    private void Handle(int? code)
    {
        Code = code ?? 500;
        if (code is null && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            UnhandledError(logger, failure.Path, failure.Error);
        }

        Response.StatusCode = Code;
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void UnhandledError(ILogger logger, string path, Exception exception);
}
