using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Engine.Records.Progress;
using Training.Web.Hosting;
using Training.Web.Security;

namespace Training.Web.Pages.Learn;

/// <summary>One of the trainee's tracks: its modules in order with their progress.</summary>
internal sealed class TrackModel(CurrentPrincipal current, TrainingPlatform platform) : PageModel
{
    public CatalogTrack Track { get; private set; } = null!;

    public TrackProgress? Standing { get; private set; }

    public TraineeProgress Progress { get; private set; } = null!;

    public ModuleCatalog Catalog => platform.Catalog;

    public IActionResult OnGet(string trackId)
    {
        if (platform.Catalog.FindTrack(trackId) is not { } track)
        {
            return NotFound();
        }

        Track = track;
        Progress = current.Trainee().GetProgress();
        Standing = Progress.Tracks.FirstOrDefault(t => t.Id == trackId);
        return Page();
    }
}
