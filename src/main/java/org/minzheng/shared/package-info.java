/**
 * Value types every module shares: region codes, resident ID and phone numbers, money, masking,
 * the working-day calendar, personal-data cryptography and the matching validation constraints.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.minzheng.shared;
