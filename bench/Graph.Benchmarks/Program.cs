using BenchmarkDotNet.Running;

// Every benchmark class in this assembly is selectable with --filter (e.g. `-- --filter *Extract*`).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
