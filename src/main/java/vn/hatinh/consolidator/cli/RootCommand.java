package vn.hatinh.consolidator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "consolidator", mixinStandardHelpOptions = true, version = "consolidator 0.1",
        description = "Consolidates the foreign-affairs reports of the province's units into one store and its reports.",
        subcommands = {IngestCommand.class, ReportCommand.class, ExportCommand.class, ReviewCommand.class, JobsCommand.class, ScheduleCommand.class,
                ServeCommand.class, TemplateCommand.class, ConfigCommand.class, UserCommand.class})
public class RootCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a command: ingest, export, template.");
    }
}
