package org.minzheng.eldercare.supervision;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** What one level of the supervision centre shows for a month: rows, their total, charts and the trend. */
record SupervisionReport(
        List<SupervisionRow> rows,
        ServiceFigures total,
        VisitsChart visitsChart,
        RateChart rateChart,
        Map<YearMonth, ServiceFigures> trend,
        TrendChart trendChart) {}
