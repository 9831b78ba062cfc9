# Recursive generators with yield from walk a tree in several orders
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.value
    yield from inorder(node.right)

def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)

def by_level(root):
    level = [root]
    depth = 0
    while level:
        yield depth, [n.value for n in level]
        level = [c for n in level for c in (n.left, n.right) if c]
        depth += 1

def paths(node, prefix=()):
    here = prefix + (node.value,)
    if not node.left and not node.right:
        yield here
    for child in (node.left, node.right):
        if child:
            yield from paths(child, here)

tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7, None, Node(8))))
print(list(inorder(tree)))
print(list(preorder(tree)))
print(list(by_level(tree)))
print(list(paths(tree)))

def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

print(list(flatten([1, (2, [3, [4, (5,)]]), [], [[[6]]]])))

def count_nodes(node):
    return 0 if node is None else 1 + count_nodes(node.left) + count_nodes(node.right)

print(count_nodes(tree), sum(1 for _ in inorder(tree)))
