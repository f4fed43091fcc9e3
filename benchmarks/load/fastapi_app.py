"""The load benchmark's endpoints in FastAPI, the origin: `async def` at the root (on the event
loop), `def` under /blocking (FastAPI runs those on its thread pool). Served by uvicorn."""
import time
from decimal import Decimal
from itertools import count
from typing import List

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, Field, validator

HELLO = "Hello, World!"
ids = count(1)
app = FastAPI()


class NewItem(BaseModel):
    name: str = Field(..., min_length=1, max_length=40)
    price: Decimal = Field(..., gt=0)
    tags: List[str] = Field(..., max_items=5)

    @validator("name")
    def name_not_blank(cls, value):
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    @validator("tags", each_item=True)
    def tag_not_blank(cls, value):
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class Item(BaseModel):
    id: int
    name: str
    price: Decimal
    tags: List[str]


@app.get("/plaintext", response_class=PlainTextResponse)
async def plaintext():
    return HELLO


@app.get("/json")
async def json():
    return {"message": HELLO}


@app.get("/echo/{name}")
async def echo(name: str, n: int = 1):
    return {"name": name, "n": n}


@app.post("/items", response_model=Item)
async def create(item: NewItem):
    return Item(id=next(ids), **item.dict())


@app.get("/blocking/plaintext", response_class=PlainTextResponse)
def blocking_plaintext():
    return HELLO


@app.get("/blocking/json")
def blocking_json():
    return {"message": HELLO}


@app.get("/blocking/echo/{name}")
def blocking_echo(name: str, n: int = 1):
    return {"name": name, "n": n}


@app.post("/blocking/items", response_model=Item)
def blocking_create(item: NewItem):
    return Item(id=next(ids), **item.dict())


@app.get("/blocking/sleep", response_class=PlainTextResponse)
def blocking_sleep():
    time.sleep(0.001)
    return HELLO
