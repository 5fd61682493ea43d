package org.minzheng.registry.importing;

import java.util.List;
import org.minzheng.shared.Money;

/**
 * A row of the preview: what applying it would do, or why it is rejected. The ID number is masked.
 *
 * @param changedFields message-key suffixes of the fields that would change
 * @param householdId the register's household the row went into, once the batch is committed
 */
public record ImportRowView(
        int line,
        String householdKey,
        String regionCode,
        String name,
        String idNumberMasked,
        boolean head,
        Money assets,
        Money monthlyIncome,
        String outcome,
        List<String> changedFields,
        RowProblem problem,
        String problemDetail,
        Long householdId) {}
