/** 批量导入: the caseworkers' collection file, checked row by row, previewed, then applied to the register. */
package org.minzheng.registry.importing;
