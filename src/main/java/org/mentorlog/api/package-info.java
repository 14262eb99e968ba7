/**
 * The JSON API for headquarters tools: API tokens that administrators issue per mission, and the
 * mission summary served to those tokens, suppressed exactly as headquarters sees it.
 */
package org.mentorlog.api;
