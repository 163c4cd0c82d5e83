def area(width, height):
    return width * heigth
print('start')
print(area(2, 3))
