using CamTest.Cli;

return CamTestApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
