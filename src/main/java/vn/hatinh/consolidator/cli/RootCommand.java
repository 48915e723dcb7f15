package vn.hatinh.consolidator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

// scope INHERIT gives every subcommand --help/-h and the Vietnamese help texts of the resource bundle
@Command(name = "consolidator", mixinStandardHelpOptions = true, version = "consolidator 0.1",
        scope = picocli.CommandLine.ScopeType.INHERIT, resourceBundle = "consolidator-help", usageHelpWidth = 110,
        description = "Consolidates the foreign-affairs reports of the province's units into one store and its reports.",
        subcommands = {IngestCommand.class, ReportCommand.class, ExportCommand.class, ReviewCommand.class, JobsCommand.class, ScheduleCommand.class,
                ServeCommand.class, TemplateCommand.class, ConfigCommand.class, BackupCommand.class,
                RestoreCommand.class, UserCommand.class})
public class RootCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Hãy chọn một lệnh; xem danh sách bằng --help.");
    }
}
