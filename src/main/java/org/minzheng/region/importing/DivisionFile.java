package org.minzheng.region.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.minzheng.shared.RegionCode;

/**
 * Reads the official division-code files: the NBS 统计用区划代码 tables and their common CSV mirrors
 * (e.g. {@code areas.csv}, {@code streets.csv}, {@code villages.csv} with columns
 * {@code code,name,...}, or the NBS headings 统计用区划代码, 城乡分类代码, 名称). Columns are found by
 * heading, so extra columns are ignored; the parent comes from the code's own structure.
 * UTF-8 (with or without BOM) and GB18030 files are both accepted.
 */
final class DivisionFile {

    private static final Set<String> CODE_HEADINGS = Set.of("code", "统计用区划代码", "区划代码", "代码");
    private static final Set<String> NAME_HEADINGS = Set.of("name", "名称", "区划名称");
    private static final Set<String> CLASS_HEADINGS = Set.of("urbanruralclass", "urban_rural_class", "城乡分类代码", "城乡分类");
    private static final Set<String> URBAN_RURAL_CLASSES = Set.of("111", "112", "121", "122", "123", "210", "220");
    private static final int MAX_NAME = 100;

    private DivisionFile() {}

    record Parsed(List<DivisionRow> rows, List<ImportProblem> problems) {}

    static Parsed parse(InputStream input) throws IOException {
        byte[] bytes = input.readAllBytes();
        List<ImportProblem> problems = new ArrayList<>();
        if (looksBinary(bytes)) {
            problems.add(new ImportProblem(0, "", "region.import.error.notText"));
            return new Parsed(List.of(), problems);
        }
        String text = decode(bytes);
        String[] lines = text.split("\r\n|\n|\r", -1);
        int headerLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                headerLine = i;
                break;
            }
        }
        if (headerLine < 0) {
            problems.add(new ImportProblem(0, "", "region.import.error.empty"));
            return new Parsed(List.of(), problems);
        }
        List<String> headings = split(lines[headerLine]).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int codeColumn = indexOf(headings, CODE_HEADINGS);
        int nameColumn = indexOf(headings, NAME_HEADINGS);
        int classColumn = indexOf(headings, CLASS_HEADINGS);
        if (codeColumn < 0 || nameColumn < 0) {
            problems.add(new ImportProblem(headerLine + 1, "", "region.import.error.headings"));
            return new Parsed(List.of(), problems);
        }
        List<DivisionRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = headerLine + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int lineNo = i + 1;
            List<String> cells = split(line);
            String rawCode = cell(cells, codeColumn);
            String name = cell(cells, nameColumn);
            String urbanRural = classColumn < 0 ? "" : cell(cells, classColumn);
            if (!RegionCode.isValid(rawCode)) {
                problems.add(new ImportProblem(lineNo, rawCode, "region.import.error.code"));
                continue;
            }
            RegionCode code = RegionCode.of(rawCode);
            if (!seen.add(code.value())) {
                problems.add(new ImportProblem(lineNo, rawCode, "region.import.error.duplicate"));
                continue;
            }
            if (name.isEmpty()) {
                problems.add(new ImportProblem(lineNo, rawCode, "region.import.error.nameMissing"));
                continue;
            }
            if (name.length() > MAX_NAME
                    || name.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
                problems.add(new ImportProblem(lineNo, rawCode, "region.import.error.nameInvalid"));
                continue;
            }
            if (!urbanRural.isEmpty() && !URBAN_RURAL_CLASSES.contains(urbanRural)) {
                problems.add(new ImportProblem(lineNo, rawCode, "region.import.error.urbanRural"));
                continue;
            }
            rows.add(new DivisionRow(lineNo, code, name, urbanRural.isEmpty() ? null : urbanRural));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, "", "region.import.error.empty"));
        }
        return new Parsed(rows, problems);
    }

    private static boolean looksBinary(byte[] bytes) {
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        // Excel workbooks are zip files: a common wrong upload for "the division file".
        return bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    private static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static int indexOf(List<String> headings, Set<String> candidates) {
        for (int i = 0; i < headings.size(); i++) {
            if (candidates.contains(headings.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /** Splits one CSV line, honouring double quotes (names are quoted in the mirrors). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\t') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
