using System.Text;
using PianoSite.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CommandLine.RunGuarded(args, Console.Out, Console.Error);
