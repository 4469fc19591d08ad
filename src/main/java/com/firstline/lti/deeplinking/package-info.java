/**
 * LTI Deep Linking 2.0: a trainer who adds Firstline from the LMS's content picker chooses modules
 * on our page, and we answer the platform with a signed {@code LtiDeepLinkingResponse} holding one
 * resource link (with its gradebook line item) per module. The platform's settings stay on the
 * server, found again by the launch id in the trainer's session token.
 */
package com.firstline.lti.deeplinking;
