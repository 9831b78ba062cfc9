# complex numbers
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z + 1, z / 2, 2j ** 2, complex(1), complex(0, -1))
print(1j == complex(0, 1), (1 + 2j) == (1 + 2j), -0j, 1e300j * 10)
