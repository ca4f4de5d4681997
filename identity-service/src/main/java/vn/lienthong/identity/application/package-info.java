/** The use cases: who may sign in, what their tokens say, seeding the demo accounts. */
package vn.lienthong.identity.application;
