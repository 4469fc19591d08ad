/**
 * Who is using Firstline: people as their platform knows them, their roles, and the signed session
 * tokens that a page carries instead of cookies (which LMS iframes often block).
 */
package com.firstline.platform.identity;
