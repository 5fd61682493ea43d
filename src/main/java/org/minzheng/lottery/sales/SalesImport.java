package org.minzheng.lottery.sales;

import java.time.Instant;
import java.time.LocalDate;

/** One stored import of a sales file, with what it did to the stored sales. */
public record SalesImport(
        long id,
        String fileName,
        String sha256,
        LocalDate firstDay,
        LocalDate lastDay,
        int rowsRead,
        int rowsAdded,
        int rowsChanged,
        int rowsSame,
        long totalFen,
        boolean demo,
        String importedBy,
        Instant importedAt) {}
