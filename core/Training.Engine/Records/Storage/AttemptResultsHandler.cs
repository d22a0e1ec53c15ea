namespace Training.Engine.Records.Storage;

/// <summary>Receives one attempt's results during a streaming scan; the span is only valid during the call.</summary>
/// <param name="moduleVersion">The module version the attempt was made on.</param>
/// <param name="questions">The attempt's question results, in quiz order.</param>
public delegate void AttemptResultsHandler(string moduleVersion, ReadOnlySpan<QuestionResultRow> questions);
