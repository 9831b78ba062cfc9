# A small ray tracer: vector objects with operator methods, spheres and a plane, diffuse and
# specular lighting, shadows and reflections. Float maths and many short-lived objects.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self - normal.scale(2 * self.dot(normal))


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return (p - self.centre).normalized()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, point, normal, shine):
        self.point = point
        self.normal = normal.normalized()
        self.shine = shine

    def hit(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        checker = (math.floor(p.x) + math.floor(p.z)) % 2
        return Vec(0.9, 0.9, 0.9) if checker == 0 else Vec(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0, 1, 5), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.2, 0.8, 6), 0.8, Vec(0.2, 0.9, 0.3), 0.5),
            Sphere(Vec(2.0, 0.6, 4.5), 0.6, Vec(0.3, 0.4, 0.95), 0.7),
            Plane(Vec(0, 0, 0), Vec(0, 1, 0), 0.2),
        ]
        self.lights = [(Vec(-4, 6, 0), 0.8), (Vec(5, 4, 2), 0.5)]

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.1, 0.15, 0.3)
        p = ray.at(t)
        n = obj.normal_at(p)
        base = obj.colour_at(p)
        light = 0.1
        for pos, power in self.lights:
            to_light = pos - p
            dist = to_light.length()
            shadow_ray = Ray(p, to_light)
            blocker, bt = self.nearest(shadow_ray)
            if blocker is not None and bt < dist:
                continue
            diffuse = n.dot(shadow_ray.direction)
            if diffuse > 0:
                light += diffuse * power
            spec = shadow_ray.direction.reflect(n).dot(ray.direction)
            if spec > 0:
                s4 = spec * spec * spec * spec  # spec ** 20 by multiplication: the same bits everywhere
                light += power * s4 * s4 * s4 * s4 * s4 * obj.shine
        colour = base.scale(light)
        if depth > 0 and obj.shine > 0:
            reflected = self.trace(Ray(p, ray.direction.reflect(n)), depth - 1)
            colour = colour.scale(1 - obj.shine) + reflected.scale(obj.shine)
        return colour


def render(width, height):
    scene = Scene()
    eye = Vec(0, 1.5, -1)
    histogram = [0] * 8
    checksum = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / width
            y = (height / 2 - j) / height
            c = scene.trace(Ray(eye, Vec(x, y, 1)), 3)
            r, g, b = (min(255, int(v * 255)) for v in (c.x, c.y, c.z))
            checksum = (checksum * 7 + r * 65536 + g * 256 + b) % 1000000007
            histogram[(r + g + b) * 8 // 766] += 1
    return checksum, histogram


for size in (40, 70, 70):
    checksum, histogram = render(size, size)
    print("%dx%d checksum=%d histogram=%s" % (size, size, checksum, histogram))
