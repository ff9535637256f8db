"cost: $"
