using Training.Cli;

return TrainingApp.Run(args, Console.Out, Console.Error);
