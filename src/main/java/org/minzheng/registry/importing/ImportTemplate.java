package org.minzheng.registry.importing;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.registry.synthetic.CollectionFile;
import org.minzheng.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The downloadable template of the collection file: the heading row and one example row, whose 户编号
 * cell says it is an example (the import skips it if it is left in).
 */
@Component
class ImportTemplate {

    static final String EXAMPLE_KEY = "registry.import.template.exampleKey";

    private final Messages messages;

    ImportTemplate(Messages messages) {
        this.messages = messages;
    }

    /** UTF-8 with a byte-order mark, so that Excel on Chinese Windows opens it without garbling. */
    byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(String.join(",", CollectionFile.HEADINGS)).append("\r\n");
        text.append(String.join(",", example())).append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(example()));
        FastExcel.write(out)
                .head(CollectionFile.HEADINGS.stream().map(List::of).toList())
                .sheet(messages.get("registry.import.template.sheet"))
                .doWrite(rows);
        return out.toByteArray();
    }

    /** GB 11643's own example number, so that nobody's real number ends up in a template. */
    private List<String> example() {
        return List.of(
                messages.get(EXAMPLE_KEY),
                "371602012201",
                messages.get("registry.import.template.exampleAddress"),
                RowCheck.RURAL,
                "dibao|edge",
                "3000.00",
                messages.get("registry.import.template.exampleName"),
                "11010519491231002X",
                RowCheck.HEAD,
                "partial",
                "",
                "",
                "650.50");
    }
}
