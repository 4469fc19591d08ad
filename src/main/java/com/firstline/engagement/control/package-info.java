/**
 * The engagement feature's services: who may read (admins and HR analysts, every read logged), the
 * store (plain JDBC, batched), imports running in the background with their progress, the
 * completions recorded from the player's events, the reports and the sample organisation.
 */
package com.firstline.engagement.control;
