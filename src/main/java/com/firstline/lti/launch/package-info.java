/**
 * The LTI 1.3 launch: {@code POST /lti/launch} checks the login state, then the id_token by a list
 * of small checks that reads like the spec ({@link com.firstline.lti.launch.LaunchRules}), each
 * refusing with its own message; an accepted launch provisions the person, records the launch (AGS
 * and NRPS endpoints included) and sends the browser to the player or the trainer's pages with a
 * session token in the URL fragment.
 */
package com.firstline.lti.launch;
