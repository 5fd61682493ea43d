package org.minzheng.registry.feed;

import java.util.Map;

/**
 * A record as delivered, unchecked: the text of each field (an upload's cells, the API's strings).
 *
 * @param amountFen the amount as the API sends it, in fen; null for uploads, which give yuan in the text
 * @param unexpected fields given that the kind does not have (cells beyond the layout, JSON fields of
 *     another kind)
 */
record FeedDraft(int row, Map<FeedField, String> values, Long amountFen, java.util.List<String> unexpected) {

    String value(FeedField field) {
        String text = values.get(field);
        return text == null ? "" : text.strip();
    }

    @Override
    public String toString() {
        return "FeedDraft[row " + row + "]";
    }
}
