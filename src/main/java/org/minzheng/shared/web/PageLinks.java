package org.minzheng.shared.web;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;

/**
 * Page numbers to show under a list: the first, the last and a window around the current page, with
 * gaps marked by -1. Shared by every paginated table through the {@code pagination} fragment.
 */
public record PageLinks(int current, int total, long totalElements, List<Integer> numbers) {

    private static final int WINDOW = 2;

    public static PageLinks of(Page<?> page) {
        int current = page.getNumber();
        int total = Math.max(page.getTotalPages(), 1);
        List<Integer> numbers = IntStream.range(0, total)
                .filter(n -> n == 0 || n == total - 1 || Math.abs(n - current) <= WINDOW)
                .boxed()
                .toList();
        var withGaps = new java.util.ArrayList<Integer>();
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0 && numbers.get(i) - numbers.get(i - 1) > 1) {
                withGaps.add(-1);
            }
            withGaps.add(numbers.get(i));
        }
        return new PageLinks(current, total, page.getTotalElements(), List.copyOf(withGaps));
    }

    public boolean hasPrevious() {
        return current > 0;
    }

    public boolean hasNext() {
        return current < total - 1;
    }
}
