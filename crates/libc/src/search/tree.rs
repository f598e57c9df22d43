//! Binary search trees (`tsearch tfind tdelete twalk twalk_r tdestroy`).
//!
//! An AVL tree: every node keeps its height and no subtree is more than
//! one taller than its sibling, so a tree of n keys is at most about
//! 1.44·log2(n) deep and the recursive insert, delete and walk stay
//! shallow (some 40 frames for a billion keys) whatever the order of the
//! keys. A node starts with the key pointer, as POSIX requires of what
//! `tsearch` returns (`*(void **)node` is the key). Deleting a node with
//! two children moves its successor's key into it and frees the
//! successor's node, as glibc does.
use crate::heap;
use crate::types::*;
use core::ptr::null_mut;

type Cmp = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;

#[repr(C)]
struct Node {
    key: *const c_void,
    left: *mut Node,
    right: *mut Node,
    height: c_int,
}

/// `VISIT` of `<search.h>` (an enum, which gcc makes an `unsigned int`).
pub type VISIT = c_uint;
pub const PREORDER: VISIT = 0;
pub const POSTORDER: VISIT = 1;
pub const ENDORDER: VISIT = 2;
pub const LEAF: VISIT = 3;

fn height(n: *mut Node) -> c_int {
    // SAFETY: n is null or a live node.
    if n.is_null() {
        0
    } else {
        unsafe { (*n).height }
    }
}

/// Recomputes `n`'s height from its children.
unsafe fn fix(n: *mut Node) {
    // SAFETY: n is a live node.
    unsafe { (*n).height = 1 + height((*n).left).max(height((*n).right)) };
}

/// Rotates `*slot` so its left child rises; the new subtree root.
unsafe fn rotate_right(slot: *mut *mut Node) {
    // SAFETY: *slot is a live node with a left child.
    unsafe {
        let n = *slot;
        let l = (*n).left;
        (*n).left = (*l).right;
        (*l).right = n;
        fix(n);
        fix(l);
        *slot = l;
    }
}

unsafe fn rotate_left(slot: *mut *mut Node) {
    // SAFETY: *slot is a live node with a right child.
    unsafe {
        let n = *slot;
        let r = (*n).right;
        (*n).right = (*r).left;
        (*r).left = n;
        fix(n);
        fix(r);
        *slot = r;
    }
}

/// Restores the AVL balance at `*slot` after one of its subtrees
/// changed height by one.
unsafe fn balance(slot: *mut *mut Node) {
    // SAFETY: *slot is a live node whose subtrees are balanced.
    unsafe {
        let n = *slot;
        let d = height((*n).left) - height((*n).right);
        if d > 1 {
            if height((*(*n).left).left) < height((*(*n).left).right) {
                rotate_left(&raw mut (*n).left);
            }
            rotate_right(slot);
        } else if d < -1 {
            if height((*(*n).right).right) < height((*(*n).right).left) {
                rotate_right(&raw mut (*n).right);
            }
            rotate_left(slot);
        } else {
            fix(n);
        }
    }
}

/// Inserts `key` below `*slot`; `found` gets the key's node (new or old),
/// null if a node could not be allocated.
unsafe fn insert(slot: *mut *mut Node, key: *const c_void, cmp: Cmp, found: &mut *mut Node) {
    // SAFETY: slot points at a link of a valid tree.
    unsafe {
        let n = *slot;
        if n.is_null() {
            let m = heap::malloc(core::mem::size_of::<Node>()) as *mut Node;
            if !m.is_null() {
                m.write(Node {
                    key,
                    left: null_mut(),
                    right: null_mut(),
                    height: 1,
                });
                *slot = m;
            }
            *found = m;
            return;
        }
        let c = cmp(key, (*n).key);
        if c == 0 {
            *found = n;
            return;
        }
        let next = if c < 0 {
            &raw mut (*n).left
        } else {
            &raw mut (*n).right
        };
        insert(next, key, cmp, found);
        balance(slot);
    }
}

/// POSIX (XSI) `tsearch`: the node holding `key`, inserting it if absent;
/// null if `rootp` is null or memory runs out.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tsearch(
    key: *const c_void,
    rootp: *mut *mut c_void,
    cmp: Cmp,
) -> *mut c_void {
    if rootp.is_null() {
        return null_mut();
    }
    let mut found = null_mut();
    // SAFETY: *rootp is null or a tree these functions built.
    unsafe { insert(rootp as *mut *mut Node, key, cmp, &mut found) };
    found as *mut c_void
}

/// POSIX (XSI) `tfind`: the node holding `key`, or null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tfind(
    key: *const c_void,
    rootp: *const *mut c_void,
    cmp: Cmp,
) -> *mut c_void {
    if rootp.is_null() {
        return null_mut();
    }
    // SAFETY: *rootp is null or a tree these functions built.
    unsafe {
        let mut n = *rootp as *mut Node;
        while !n.is_null() {
            let c = cmp(key, (*n).key);
            if c == 0 {
                return n as *mut c_void;
            }
            n = if c < 0 { (*n).left } else { (*n).right };
        }
    }
    null_mut()
}

/// Unlinks the smallest node below `*slot` and returns it.
unsafe fn take_min(slot: *mut *mut Node) -> *mut Node {
    // SAFETY: *slot is a live node.
    unsafe {
        let n = *slot;
        if (*n).left.is_null() {
            *slot = (*n).right;
            return n;
        }
        let m = take_min(&raw mut (*n).left);
        balance(slot);
        m
    }
}

/// Deletes `key` below `*slot`; `parent` is the node owning `slot` (null
/// at the root). Returns the deleted node's parent, or `Err` if the key
/// is absent.
unsafe fn delete(
    slot: *mut *mut Node,
    parent: *mut Node,
    key: *const c_void,
    cmp: Cmp,
) -> Result<*mut Node, ()> {
    // SAFETY: slot points at a link of a valid tree.
    unsafe {
        let n = *slot;
        if n.is_null() {
            return Err(());
        }
        let c = cmp(key, (*n).key);
        if c != 0 {
            let next = if c < 0 {
                &raw mut (*n).left
            } else {
                &raw mut (*n).right
            };
            let r = delete(next, n, key, cmp)?;
            balance(slot);
            return Ok(r);
        }
        if (*n).left.is_null() || (*n).right.is_null() {
            *slot = if (*n).left.is_null() {
                (*n).right
            } else {
                (*n).left
            };
            heap::free(n as *mut c_void);
        } else {
            let m = take_min(&raw mut (*n).right);
            (*n).key = (*m).key;
            heap::free(m as *mut c_void);
            balance(slot);
        }
        Ok(parent)
    }
}

/// POSIX (XSI) `tdelete`: removes `key`'s node; the deleted node's
/// parent (`rootp` itself when the root was deleted), or null if `key`
/// was absent or `rootp` null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tdelete(
    key: *const c_void,
    rootp: *mut *mut c_void,
    cmp: Cmp,
) -> *mut c_void {
    if rootp.is_null() {
        return null_mut();
    }
    // SAFETY: *rootp is null or a tree these functions built.
    match unsafe { delete(rootp as *mut *mut Node, null_mut(), key, cmp) } {
        Err(()) => null_mut(),
        Ok(p) if p.is_null() => rootp as *mut c_void,
        Ok(p) => p as *mut c_void,
    }
}

unsafe fn walk(n: *mut Node, depth: c_int, f: &mut dyn FnMut(*mut Node, VISIT, c_int)) {
    // SAFETY: n is a live node of a valid tree.
    unsafe {
        if (*n).left.is_null() && (*n).right.is_null() {
            f(n, LEAF, depth);
            return;
        }
        f(n, PREORDER, depth);
        if !(*n).left.is_null() {
            walk((*n).left, depth + 1, f);
        }
        f(n, POSTORDER, depth);
        if !(*n).right.is_null() {
            walk((*n).right, depth + 1, f);
        }
        f(n, ENDORDER, depth);
    }
}

/// POSIX (XSI) `twalk`: calls `action(node, order, depth)` for every node
/// in depth-first order: `preorder`, `postorder` and `endorder` for an
/// inner node, `leaf` for a leaf.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn twalk(
    root: *const c_void,
    action: Option<unsafe extern "C" fn(*const c_void, VISIT, c_int)>,
) {
    let Some(a) = action else { return };
    if root.is_null() {
        return;
    }
    // SAFETY: root is a tree these functions built; action is the caller's.
    unsafe {
        walk(root as *mut Node, 0, &mut |n, v, d| {
            a(n as *const c_void, v, d)
        })
    };
}

/// GNU `twalk_r`: `twalk` with a closure argument instead of the depth.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn twalk_r(
    root: *const c_void,
    action: Option<unsafe extern "C" fn(*const c_void, VISIT, *mut c_void)>,
    closure: *mut c_void,
) {
    let Some(a) = action else { return };
    if root.is_null() {
        return;
    }
    // SAFETY: as twalk.
    unsafe {
        walk(root as *mut Node, 0, &mut |n, v, _| {
            a(n as *const c_void, v, closure)
        })
    };
}

unsafe fn destroy(n: *mut Node, free_key: unsafe extern "C" fn(*mut c_void)) {
    if n.is_null() {
        return;
    }
    // SAFETY: n is a live node, freed once after its children.
    unsafe {
        destroy((*n).left, free_key);
        destroy((*n).right, free_key);
        free_key((*n).key as *mut c_void);
        heap::free(n as *mut c_void);
    }
}

/// GNU `tdestroy`: frees every node, calling `free_key` on each key.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tdestroy(root: *mut c_void, free_key: unsafe extern "C" fn(*mut c_void)) {
    // SAFETY: root is null or a tree these functions built.
    unsafe { destroy(root as *mut Node, free_key) };
}
