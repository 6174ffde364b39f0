using System.Runtime.InteropServices;
using CareerGraph.Loader;
using CareerGraph.Loader.Output;

// A run stopped by SIGTERM (docker stop, systemd) or Ctrl+C leaves no temporary file beside its output.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
return LoaderCli.Run(args, Console.Out, Console.Error);

static void Stop(PosixSignalContext context)
{
    AtomicFile.AbandonPendingWrites();
    var (name, code) = context.Signal == PosixSignal.SIGINT ? ("SIGINT", 130) : ("SIGTERM", 143);
    Console.Error.WriteLine($"stopped by {name}; outputs not yet complete were not written");
    context.Cancel = true;
    Environment.Exit(code);
}
