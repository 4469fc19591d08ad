/**
 * The outbox records leave Firstline by: a row per record, written in the transaction of what it
 * records; claimed by one worker at a time with a conditional UPDATE; sent outside any transaction
 * within the claim's time; its result recorded only by the worker that still holds the claim.
 */
package com.firstline.tracking.outbox;
