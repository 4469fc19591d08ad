/** A course's completion board: the NRPS roster against the attempts made in that course. */
package com.firstline.tracking.board;
