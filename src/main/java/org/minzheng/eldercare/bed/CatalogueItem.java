package org.minzheng.eldercare.bed;

/** An adaptation item of the catalogue; {@code categoryName} in the language of the request is chosen by the page. */
record CatalogueItem(
        long id,
        String categoryZh,
        String categoryEn,
        String name,
        String unit,
        long unitPriceFen,
        boolean illustrative) {}
