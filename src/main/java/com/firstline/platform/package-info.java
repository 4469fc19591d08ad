/**
 * What every feature stands on: configuration, the database and its migrations, health checks, the
 * JSON problem documents that replace stack traces, and the security headers on every response.
 */
package com.firstline.platform;
