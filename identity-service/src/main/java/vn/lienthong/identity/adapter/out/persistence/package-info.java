/** PostgreSQL storage: staff members and the token-signing keys (Spring Authorization Server keeps its own tables). */
package vn.lienthong.identity.adapter.out.persistence;
