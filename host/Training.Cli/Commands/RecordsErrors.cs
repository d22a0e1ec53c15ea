using Training.Cli.Hosting;
using Training.Engine.Records;

namespace Training.Cli.Commands;

/// <summary>Turns the records' refusals into the CLI's one-line errors with exit code 1.</summary>
internal static class RecordsErrors
{
    public static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (LearningRecordsException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
