import Attribution
import Foundation

let command: Command
do {
    command = try ArgumentParser.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    Output.error("error: \(error.message)")
    Output.warning("Run 'attribution --help' for usage.")
    exit(64)
}

switch command {
case .help(let text):
    var output = Output()
    output.write(text + "\n")
    output.flush()
case .version:
    var output = Output()
    output.write(Help.version + "\n")
    output.flush()
case .trace(let options):
    exit(TraceCommand(options: options).run())
case .graph(let options):
    exit(GraphCommand(options: options).run())
case .stats(let options):
    exit(StatsCommand(options: options).run())
case .merge(let options):
    exit(MergeCommand(options: options).run())
case .report(let options):
    exit(ReportCommand(options: options).run())
}
