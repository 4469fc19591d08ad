/** Learning records (xAPI 1.0.3) of each attempt for an LRS, through the same outbox as grades. */
package com.firstline.tracking.xapi;
