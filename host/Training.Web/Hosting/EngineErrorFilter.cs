using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Training.Engine.Access;
using Training.Engine.Records;

namespace Training.Web.Hosting;

/// <summary>
/// Maps the engine's refusals that a page does not handle itself to status codes: not yours (the
/// engine's access check) is 403, unknown is 404. The status code pages show the message; no data
/// of anyone else is ever in it.
/// </summary>
internal sealed class EngineErrorFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        var status = context.Exception switch
        {
            AccessDeniedException => StatusCodes.Status403Forbidden,
            LearningRecordsException { Kind: LearningRecordsErrorKind.NotFound } => StatusCodes.Status404NotFound,
            _ => 0,
        };
        if (status != 0 && !context.ExceptionHandled)
        {
            context.Result = new StatusCodeResult(status);
            context.ExceptionHandled = true;
        }
    }
}
