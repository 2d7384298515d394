/** Examples of embedding the library in Java code; each is run by a test. */
package org.cloudnations.examples;
