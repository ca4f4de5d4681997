/** The use cases: who may sign in, what their tokens say, which accounts were withdrawn lately, seeding the demo accounts. */
package vn.lienthong.identity.application;
