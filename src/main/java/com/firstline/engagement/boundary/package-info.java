/**
 * The engagement API under {@code /api/engagement}: imports, reports, exports, reconciliation, the
 * access log and the sample organisation. Admins and HR analysts only (some parts admins only);
 * every read is logged.
 */
package com.firstline.engagement.boundary;
