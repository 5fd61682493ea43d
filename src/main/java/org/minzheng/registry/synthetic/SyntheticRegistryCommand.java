package org.minzheng.registry.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.minzheng.shared.RegionCode;

/**
 * Writes a synthetic registry as a collection file: {@code --households N} (default 1000), {@code
 * --region CODE} (county, township or village; default 371602 滨城区), {@code --seed S} (default 2022),
 * {@code --out FILE} (default standard output). Run by {@code bench/synthetic-registry.sh}.
 */
public final class SyntheticRegistryCommand {

    private SyntheticRegistryCommand() {}

    public static void main(String[] args) throws IOException {
        long households = 1_000;
        String region = "371602";
        long seed = 2022;
        String out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--households" -> households = Long.parseLong(args[i + 1]);
                case "--region" -> region = args[i + 1];
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        SyntheticRegistry registry = new SyntheticRegistry(seed, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        long started = System.nanoTime();
        long rows;
        try (Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            rows = CollectionFile.write(
                    registry.households(SyntheticRegistry.villagesOf(RegionCode.of(region)))
                            .limit(households),
                    writer);
        }
        System.err.printf(
                Locale.ROOT,
                "%,d households, %,d persons in %.1f s%n",
                households,
                rows,
                (System.nanoTime() - started) / 1e9);
    }
}
