/** HTTP concerns shared by every feature: problem documents, statistics, health. */
package org.favornet.web;
