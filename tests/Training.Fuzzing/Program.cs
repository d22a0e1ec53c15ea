using Training.Fuzzing;

return FuzzCommand.Run(args, Console.Out);
