/**
 * What the server checks before it serves anything: which mode it runs in ({@code platform.mode},
 * production unless a development run says otherwise) and, outside development, that the secrets a
 * real installation needs are set. A missing secret stops the application with a log line naming
 * the setting and how to make one, instead of a fallback that would be unsafe.
 */
package com.firstline.platform.startup;
