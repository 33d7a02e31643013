package org.favornet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.favornet.fixtures.CountyGenerator;
import org.favornet.ingest.ImportReport;
import org.favornet.ingest.RecordLoader;

/** A county from the fixtures generator, written to a folder and loaded as an import would. */
public final class GeneratedCounty {

    private GeneratedCounty() {}

    /** Generates {@code persons} with {@code seed} into {@code dir} and loads every file; returns the reports. */
    public static List<ImportReport> load(RecordLoader loader, int persons, long seed, Path dir) throws IOException {
        new CountyGenerator().generate(new CountyGenerator.Settings(persons, seed), dir);
        return loader.loadFolder(RecordLoader.folder(dir), false, (kind, progress) -> { });
    }
}
