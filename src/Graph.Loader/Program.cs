using CareerGraph.Loader;

return LoaderCli.Run(args, Console.Out, Console.Error);
