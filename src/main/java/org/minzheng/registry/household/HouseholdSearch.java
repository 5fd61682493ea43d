package org.minzheng.registry.household;

import java.util.List;

/**
 * What the household list is filtered by, already resolved to SQL parameters.
 *
 * @param text household number or head's name, matched as a substring; empty for none
 * @param idNumberIndex blind index of an exact ID number searched for, or null
 * @param villagesNamed villages whose name contains the search text
 * @param category category code, empty for any
 * @param area the code of one township or village within the scope to narrow the list to, empty for all in scope
 */
record HouseholdSearch(String text, String idNumberIndex, List<String> villagesNamed, String category, String area) {}
