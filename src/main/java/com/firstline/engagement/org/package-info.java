/**
 * The organisation over time and who its managers are, as pure logic: which manager led a team at a
 * wave's date (the latest snapshot on or before it), and how managers are matched to LMS people (a
 * hand-made link first, then employee id or LIS sourcedid, then email without regard to case).
 */
package com.firstline.engagement.org;
